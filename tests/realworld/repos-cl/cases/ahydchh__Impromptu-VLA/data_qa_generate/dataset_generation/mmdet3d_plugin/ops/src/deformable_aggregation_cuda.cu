stub: upstream file of 10233 bytes
