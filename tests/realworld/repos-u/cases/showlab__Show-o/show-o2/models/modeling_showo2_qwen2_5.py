stub: upstream file of 32756 bytes
