stub: upstream file of 2034 bytes
