stub: upstream file of 4467 bytes
