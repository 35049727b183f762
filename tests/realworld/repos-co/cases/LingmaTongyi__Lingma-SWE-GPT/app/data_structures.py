stub: upstream file of 5026 bytes
