stub: upstream file of 29290 bytes
