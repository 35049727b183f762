stub: upstream file of 5174 bytes
