stub: upstream file of 9006 bytes
