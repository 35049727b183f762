stub: upstream file of 5259 bytes
