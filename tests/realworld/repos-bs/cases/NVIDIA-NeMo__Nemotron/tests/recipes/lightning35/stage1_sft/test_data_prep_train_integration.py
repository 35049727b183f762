stub: upstream file of 30552 bytes
