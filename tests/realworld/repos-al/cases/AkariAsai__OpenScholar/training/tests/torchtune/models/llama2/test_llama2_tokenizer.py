stub: upstream file of 5214 bytes
