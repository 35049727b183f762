stub: upstream file of 13044 bytes
