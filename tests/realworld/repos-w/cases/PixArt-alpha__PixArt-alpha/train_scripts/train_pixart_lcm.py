stub: upstream file of 22934 bytes
