stub: upstream file of 22378 bytes
