stub: upstream file of 13804 bytes
