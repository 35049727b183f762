stub: upstream file of 54120 bytes
