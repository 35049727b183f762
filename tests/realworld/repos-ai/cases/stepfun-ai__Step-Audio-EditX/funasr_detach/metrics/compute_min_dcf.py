stub: upstream file of 6517 bytes
