stub: upstream file of 24957 bytes
