stub: upstream file of 20172 bytes
