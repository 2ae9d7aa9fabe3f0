import { Mail, MessageSquareShare, Phone, Printer, Store, type LucideIcon } from 'lucide-react';
import type { MessageJson } from '../api/types.js';

type Channel = MessageJson['channel'];

export const CHANNELS: readonly { id: Channel; label: string; icon: LucideIcon; how: string }[] = [
  {
    id: 'email',
    label: 'E-mail',
    icon: Mail,
    how: 'Send it over your mail server, or save it as .eml',
  },
  { id: 'letter', label: 'Letter', icon: Printer, how: 'A print-ready PDF to post' },
  { id: 'drop_off', label: 'Card', icon: Store, how: 'A card to drop off at reception' },
  { id: 'phone', label: 'Phone', icon: Phone, how: 'A call script and a voicemail' },
  {
    id: 'linkedin',
    label: 'LinkedIn',
    icon: MessageSquareShare,
    how: 'Text to paste into a LinkedIn message',
  },
];

interface Props {
  value: Channel;
  disabled: boolean;
  onChange: (c: Channel) => void;
}

/** How the message goes out; switching re-drafts it from that channel's template. */
export function ChannelPicker({ value, disabled, onChange }: Props) {
  return (
    <fieldset className="channels" disabled={disabled}>
      <legend>Send it by</legend>
      <div className="channel-options">
        {CHANNELS.map((c) => (
          <span key={c.id} className="channel-option">
            <input
              type="radio"
              id={`channel-${c.id}`}
              name="channel"
              value={c.id}
              checked={value === c.id}
              onChange={() => {
                onChange(c.id);
              }}
            />
            <label htmlFor={`channel-${c.id}`}>
              <c.icon aria-hidden size={18} />
              <span className="channel-name">{c.label}</span>
              <span className="channel-how">{c.how}</span>
            </label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
