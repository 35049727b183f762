stub: upstream file of 1937804 bytes
