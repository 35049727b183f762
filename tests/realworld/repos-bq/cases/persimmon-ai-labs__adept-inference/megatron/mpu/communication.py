stub: upstream file of 8934 bytes
