stub: upstream file of 14209 bytes
