stub: upstream file of 13356 bytes
