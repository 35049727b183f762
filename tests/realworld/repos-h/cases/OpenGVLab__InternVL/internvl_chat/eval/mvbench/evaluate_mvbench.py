stub: upstream file of 16298 bytes
