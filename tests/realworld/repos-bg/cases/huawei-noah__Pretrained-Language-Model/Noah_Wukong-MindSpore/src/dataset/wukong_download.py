stub: upstream file of 5069 bytes
