stub: upstream file of 51118 bytes
