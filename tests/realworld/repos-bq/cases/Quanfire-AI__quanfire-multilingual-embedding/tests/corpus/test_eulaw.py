stub: upstream file of 13892 bytes
