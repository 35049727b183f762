stub: upstream file of 14804 bytes
