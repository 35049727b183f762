stub: upstream file of 513 bytes
