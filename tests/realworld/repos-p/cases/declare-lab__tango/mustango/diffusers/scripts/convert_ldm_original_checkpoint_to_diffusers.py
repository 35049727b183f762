stub: upstream file of 15117 bytes
