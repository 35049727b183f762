stub: upstream file of 47854 bytes
