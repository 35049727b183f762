stub: upstream file of 18363 bytes
