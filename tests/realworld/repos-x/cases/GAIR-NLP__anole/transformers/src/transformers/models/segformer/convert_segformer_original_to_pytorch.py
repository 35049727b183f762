stub: upstream file of 17091 bytes
