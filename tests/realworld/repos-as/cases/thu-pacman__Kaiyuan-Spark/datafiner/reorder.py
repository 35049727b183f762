stub: upstream file of 8602 bytes
