stub: upstream file of 22154 bytes
