stub: upstream file of 8513 bytes
