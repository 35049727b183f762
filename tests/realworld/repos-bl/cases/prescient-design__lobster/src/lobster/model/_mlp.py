stub: upstream file of 16354 bytes
