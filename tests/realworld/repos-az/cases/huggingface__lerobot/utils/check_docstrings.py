stub: upstream file of 20970 bytes
