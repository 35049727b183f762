stub: upstream file of 14262 bytes
