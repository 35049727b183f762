stub: upstream file of 7585 bytes
