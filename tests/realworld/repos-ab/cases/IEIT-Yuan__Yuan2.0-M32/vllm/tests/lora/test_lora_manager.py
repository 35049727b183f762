stub: upstream file of 20188 bytes
