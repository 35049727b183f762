stub: upstream file of 18934 bytes
