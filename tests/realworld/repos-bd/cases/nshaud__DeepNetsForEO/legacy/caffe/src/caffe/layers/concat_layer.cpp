stub: upstream file of 3995 bytes
