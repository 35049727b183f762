stub: upstream file of 55567 bytes
