stub: upstream file of 40463 bytes
