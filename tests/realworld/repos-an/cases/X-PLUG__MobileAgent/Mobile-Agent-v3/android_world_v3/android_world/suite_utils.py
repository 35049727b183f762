stub: upstream file of 23568 bytes
