stub: upstream file of 10033 bytes
