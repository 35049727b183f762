stub: upstream file of 7276 bytes
