stub: upstream file of 7068 bytes
