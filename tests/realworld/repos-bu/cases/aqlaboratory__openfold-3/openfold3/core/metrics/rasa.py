stub: upstream file of 17804 bytes
