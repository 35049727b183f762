stub: upstream file of 15756 bytes
