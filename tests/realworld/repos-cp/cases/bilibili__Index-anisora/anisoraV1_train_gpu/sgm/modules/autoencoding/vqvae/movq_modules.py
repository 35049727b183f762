stub: upstream file of 14118 bytes
