stub: upstream file of 13700 bytes
