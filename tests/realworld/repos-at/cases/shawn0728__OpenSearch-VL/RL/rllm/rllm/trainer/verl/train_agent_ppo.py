stub: upstream file of 10274 bytes
