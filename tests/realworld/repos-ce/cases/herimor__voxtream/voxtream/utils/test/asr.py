stub: upstream file of 7804 bytes
