stub: upstream file of 4958 bytes
