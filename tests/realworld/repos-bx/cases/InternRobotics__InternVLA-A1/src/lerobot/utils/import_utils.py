stub: upstream file of 6533 bytes
