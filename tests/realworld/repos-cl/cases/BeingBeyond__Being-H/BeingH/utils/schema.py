stub: upstream file of 8763 bytes
