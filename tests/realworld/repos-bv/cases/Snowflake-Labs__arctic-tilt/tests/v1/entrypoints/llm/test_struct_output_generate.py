stub: upstream file of 12470 bytes
