stub: upstream file of 25279 bytes
