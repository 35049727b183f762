stub: upstream file of 1804 bytes
