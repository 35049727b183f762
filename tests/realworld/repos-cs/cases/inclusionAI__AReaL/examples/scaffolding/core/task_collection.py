stub: upstream file of 19185 bytes
