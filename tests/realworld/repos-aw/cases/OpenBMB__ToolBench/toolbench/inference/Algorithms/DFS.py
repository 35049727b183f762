stub: upstream file of 16724 bytes
