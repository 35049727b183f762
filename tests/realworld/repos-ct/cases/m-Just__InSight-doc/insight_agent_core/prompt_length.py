stub: upstream file of 17434 bytes
