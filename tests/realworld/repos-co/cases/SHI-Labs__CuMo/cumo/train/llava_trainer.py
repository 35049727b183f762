stub: upstream file of 11921 bytes
