stub: upstream file of 7961 bytes
