stub: upstream file of 29452 bytes
