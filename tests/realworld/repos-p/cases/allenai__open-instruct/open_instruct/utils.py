stub: upstream file of 112412 bytes
