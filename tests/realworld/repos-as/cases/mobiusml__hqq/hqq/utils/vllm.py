stub: upstream file of 31750 bytes
