stub: upstream file of 14076 bytes
