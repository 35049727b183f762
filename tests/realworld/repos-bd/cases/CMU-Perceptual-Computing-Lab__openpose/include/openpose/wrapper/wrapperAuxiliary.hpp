stub: upstream file of 73934 bytes
