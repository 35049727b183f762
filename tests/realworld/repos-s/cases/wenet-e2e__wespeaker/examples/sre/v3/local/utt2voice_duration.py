stub: upstream symlink to ../../../sre/v2/local/utt2voice_duration.py
