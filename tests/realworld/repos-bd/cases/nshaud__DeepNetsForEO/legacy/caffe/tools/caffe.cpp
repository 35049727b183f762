stub: upstream file of 15029 bytes
