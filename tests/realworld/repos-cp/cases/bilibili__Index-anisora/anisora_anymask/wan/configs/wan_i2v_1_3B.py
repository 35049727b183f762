stub: upstream file of 991 bytes
