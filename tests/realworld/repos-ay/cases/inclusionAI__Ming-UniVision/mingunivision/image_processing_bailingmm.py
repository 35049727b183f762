stub: upstream file of 22804 bytes
