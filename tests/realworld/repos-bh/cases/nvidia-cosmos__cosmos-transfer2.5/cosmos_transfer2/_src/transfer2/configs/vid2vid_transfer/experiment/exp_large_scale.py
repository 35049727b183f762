stub: upstream file of 57656 bytes
