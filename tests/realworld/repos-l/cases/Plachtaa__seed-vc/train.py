stub: upstream file of 19029 bytes
