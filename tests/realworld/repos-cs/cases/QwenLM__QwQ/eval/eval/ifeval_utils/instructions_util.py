stub: upstream file of 19537 bytes
