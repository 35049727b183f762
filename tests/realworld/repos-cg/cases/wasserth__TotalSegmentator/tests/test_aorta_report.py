stub: upstream file of 4934 bytes
