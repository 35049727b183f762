stub: upstream file of 33996 bytes
