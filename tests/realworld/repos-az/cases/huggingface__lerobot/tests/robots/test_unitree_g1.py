stub: upstream file of 27714 bytes
