stub: upstream file of 8696 bytes
