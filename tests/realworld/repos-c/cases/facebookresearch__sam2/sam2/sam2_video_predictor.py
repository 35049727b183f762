stub: upstream file of 58921 bytes
