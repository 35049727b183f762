stub: upstream file of 601 bytes
