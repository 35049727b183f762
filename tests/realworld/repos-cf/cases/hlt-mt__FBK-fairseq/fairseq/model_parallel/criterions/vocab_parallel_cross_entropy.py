stub: upstream file of 3157 bytes
