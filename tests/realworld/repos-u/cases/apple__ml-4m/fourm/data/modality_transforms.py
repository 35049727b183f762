stub: upstream file of 54385 bytes
