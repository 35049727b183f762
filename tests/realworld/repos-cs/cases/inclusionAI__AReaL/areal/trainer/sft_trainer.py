stub: upstream file of 16004 bytes
