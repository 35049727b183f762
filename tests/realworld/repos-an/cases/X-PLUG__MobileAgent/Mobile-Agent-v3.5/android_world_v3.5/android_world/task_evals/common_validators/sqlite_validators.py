stub: upstream file of 14239 bytes
