stub: upstream file of 1185 bytes
