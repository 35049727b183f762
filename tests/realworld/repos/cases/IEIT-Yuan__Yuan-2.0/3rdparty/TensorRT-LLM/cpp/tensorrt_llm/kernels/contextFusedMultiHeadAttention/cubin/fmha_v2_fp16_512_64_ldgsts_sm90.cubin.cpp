stub: upstream file of 1700948 bytes
