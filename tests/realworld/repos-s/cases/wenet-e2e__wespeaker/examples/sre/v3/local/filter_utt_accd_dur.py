stub: upstream symlink to ../../../sre/v2/local/filter_utt_accd_dur.py
