stub: upstream file of 17934 bytes
