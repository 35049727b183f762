stub: upstream file of 17451 bytes
