stub: upstream file of 16850 bytes
