stub: upstream file of 25804 bytes
