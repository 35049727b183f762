stub: upstream file of 356030 bytes
