stub: upstream file of 75192 bytes
