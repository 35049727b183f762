stub: upstream file of 15856 bytes
