stub: upstream file of 23396 bytes
