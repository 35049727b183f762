stub: upstream file of 25185 bytes
