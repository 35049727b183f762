stub: upstream file of 23122 bytes
