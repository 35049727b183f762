stub: upstream file of 9934 bytes
