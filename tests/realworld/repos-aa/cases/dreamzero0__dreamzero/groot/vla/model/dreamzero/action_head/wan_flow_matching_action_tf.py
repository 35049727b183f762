stub: upstream file of 66474 bytes
