stub: upstream file of 23244 bytes
