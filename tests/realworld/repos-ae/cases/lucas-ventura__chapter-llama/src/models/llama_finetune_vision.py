stub: upstream file of 17150 bytes
