stub: upstream file of 10925 bytes
