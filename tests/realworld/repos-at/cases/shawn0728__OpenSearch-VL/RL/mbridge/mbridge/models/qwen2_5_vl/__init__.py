stub: upstream file of 23275 bytes
