stub: upstream file of 34921 bytes
