stub: upstream file of 8385 bytes
