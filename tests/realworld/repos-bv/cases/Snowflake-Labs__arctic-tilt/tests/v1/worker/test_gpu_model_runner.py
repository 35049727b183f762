stub: upstream file of 9155 bytes
