stub: upstream file of 14525 bytes
