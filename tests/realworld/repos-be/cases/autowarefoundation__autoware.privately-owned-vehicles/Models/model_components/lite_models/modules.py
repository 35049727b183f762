stub: upstream file of 11831 bytes
