stub: upstream file of 13030 bytes
