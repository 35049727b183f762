stub: upstream file of 9668 bytes
