stub: upstream file of 59999 bytes
