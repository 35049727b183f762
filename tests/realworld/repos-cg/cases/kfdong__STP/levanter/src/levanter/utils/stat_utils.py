stub: upstream file of 934 bytes
