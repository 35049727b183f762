stub: upstream file of 5092 bytes
