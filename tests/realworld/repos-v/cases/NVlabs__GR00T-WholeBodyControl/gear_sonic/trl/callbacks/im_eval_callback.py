stub: upstream file of 39079 bytes
