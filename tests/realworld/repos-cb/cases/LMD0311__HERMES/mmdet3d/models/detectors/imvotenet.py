stub: upstream file of 35185 bytes
