stub: upstream file of 15831 bytes
