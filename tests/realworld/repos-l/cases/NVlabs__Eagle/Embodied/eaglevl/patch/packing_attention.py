stub: upstream file of 14412 bytes
