stub: upstream file of 30185 bytes
