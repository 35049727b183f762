stub: upstream file of 19084 bytes
