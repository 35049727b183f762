stub: upstream file of 13934 bytes
