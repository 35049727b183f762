stub: upstream file of 25095 bytes
