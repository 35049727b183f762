stub: upstream file of 7934 bytes
