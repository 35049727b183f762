stub: upstream file of 16208 bytes
