stub: upstream file of 8807 bytes
