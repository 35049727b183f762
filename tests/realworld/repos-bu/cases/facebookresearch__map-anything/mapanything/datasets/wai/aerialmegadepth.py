stub: upstream file of 11523 bytes
