stub: upstream file of 8686 bytes
