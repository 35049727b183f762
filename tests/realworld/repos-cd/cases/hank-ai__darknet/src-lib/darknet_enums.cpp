stub: upstream file of 11037 bytes
