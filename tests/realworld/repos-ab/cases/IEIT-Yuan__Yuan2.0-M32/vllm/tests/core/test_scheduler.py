stub: upstream file of 35034 bytes
