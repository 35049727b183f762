stub: upstream symlink to model_repo/token2wav_dit/1/token2wav_dit.py
