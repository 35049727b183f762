stub: upstream file of 3053 bytes
