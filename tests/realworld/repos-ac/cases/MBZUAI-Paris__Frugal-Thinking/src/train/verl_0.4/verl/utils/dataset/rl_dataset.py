stub: upstream file of 15529 bytes
