stub: upstream file of 7551 bytes
