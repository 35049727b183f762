stub: upstream file of 29958 bytes
