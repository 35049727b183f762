stub: upstream file of 8084 bytes
