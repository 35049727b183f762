stub: upstream file of 8859 bytes
