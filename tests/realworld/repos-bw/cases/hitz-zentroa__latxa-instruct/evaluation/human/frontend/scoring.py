stub: upstream file of 12198 bytes
