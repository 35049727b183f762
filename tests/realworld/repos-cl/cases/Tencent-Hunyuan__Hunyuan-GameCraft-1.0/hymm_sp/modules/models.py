stub: upstream file of 27950 bytes
