stub: upstream file of 21518 bytes
