stub: upstream file of 14452 bytes
