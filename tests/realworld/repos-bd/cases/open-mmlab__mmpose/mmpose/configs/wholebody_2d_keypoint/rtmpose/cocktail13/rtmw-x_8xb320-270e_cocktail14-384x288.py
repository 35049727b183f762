stub: upstream file of 18803 bytes
