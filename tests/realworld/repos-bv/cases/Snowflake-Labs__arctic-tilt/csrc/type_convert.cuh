stub: upstream file of 5196 bytes
