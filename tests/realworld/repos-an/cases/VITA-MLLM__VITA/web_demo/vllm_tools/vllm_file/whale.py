stub: upstream file of 26926 bytes
