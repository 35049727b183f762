stub: upstream file of 6763 bytes
