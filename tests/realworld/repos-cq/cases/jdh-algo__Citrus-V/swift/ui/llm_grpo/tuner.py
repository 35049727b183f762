stub: upstream file of 5165 bytes
