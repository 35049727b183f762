stub: upstream file of 20357 bytes
