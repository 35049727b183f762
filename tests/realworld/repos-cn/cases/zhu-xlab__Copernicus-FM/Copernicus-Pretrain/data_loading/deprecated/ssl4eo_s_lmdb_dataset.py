stub: upstream file of 9468 bytes
