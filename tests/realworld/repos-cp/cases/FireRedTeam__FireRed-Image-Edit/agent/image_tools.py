stub: upstream file of 13813 bytes
