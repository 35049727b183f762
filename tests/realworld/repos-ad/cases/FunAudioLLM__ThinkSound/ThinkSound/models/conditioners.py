stub: upstream file of 39270 bytes
