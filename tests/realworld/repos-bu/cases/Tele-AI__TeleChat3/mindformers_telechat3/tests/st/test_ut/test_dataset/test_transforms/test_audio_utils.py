stub: upstream file of 77006 bytes
