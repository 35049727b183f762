stub: upstream file of 19862 bytes
