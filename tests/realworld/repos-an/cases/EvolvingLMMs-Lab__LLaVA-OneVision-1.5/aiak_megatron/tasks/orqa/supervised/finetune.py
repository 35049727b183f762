stub: upstream file of 9378 bytes
