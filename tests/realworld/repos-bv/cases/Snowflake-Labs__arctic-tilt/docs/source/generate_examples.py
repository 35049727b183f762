stub: upstream file of 9487 bytes
