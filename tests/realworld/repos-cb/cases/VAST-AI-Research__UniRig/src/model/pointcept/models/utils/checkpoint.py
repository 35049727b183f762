stub: upstream file of 1862 bytes
