stub: upstream file of 16083 bytes
