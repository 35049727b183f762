stub: upstream file of 28201 bytes
