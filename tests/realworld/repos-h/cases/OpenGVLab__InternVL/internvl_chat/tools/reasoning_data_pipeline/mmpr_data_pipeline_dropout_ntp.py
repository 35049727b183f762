stub: upstream file of 11082 bytes
