stub: upstream file of 19342 bytes
