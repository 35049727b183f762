stub: upstream file of 44118 bytes
