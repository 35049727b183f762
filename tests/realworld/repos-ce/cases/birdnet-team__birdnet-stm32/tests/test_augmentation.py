stub: upstream file of 2804 bytes
