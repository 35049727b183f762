stub: upstream file of 45053 bytes
