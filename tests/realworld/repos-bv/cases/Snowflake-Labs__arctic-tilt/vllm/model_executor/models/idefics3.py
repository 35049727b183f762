stub: upstream file of 29885 bytes
