stub: upstream file of 9662 bytes
