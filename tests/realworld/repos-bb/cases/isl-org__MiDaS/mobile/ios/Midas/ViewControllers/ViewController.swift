stub: upstream file of 15209 bytes
