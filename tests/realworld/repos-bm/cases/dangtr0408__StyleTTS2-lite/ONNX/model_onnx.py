stub: upstream file of 15311 bytes
