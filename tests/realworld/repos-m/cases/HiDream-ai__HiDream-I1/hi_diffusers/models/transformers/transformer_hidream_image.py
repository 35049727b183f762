stub: upstream file of 22562 bytes
