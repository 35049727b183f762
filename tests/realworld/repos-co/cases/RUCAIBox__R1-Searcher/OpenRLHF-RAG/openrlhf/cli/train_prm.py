stub: upstream file of 9013 bytes
