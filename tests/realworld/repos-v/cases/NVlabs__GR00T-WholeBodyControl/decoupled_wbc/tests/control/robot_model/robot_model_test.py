stub: upstream file of 39365 bytes
