stub: upstream file of 5804 bytes
