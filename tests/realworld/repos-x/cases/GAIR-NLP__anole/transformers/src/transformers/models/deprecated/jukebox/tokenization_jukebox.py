stub: upstream file of 17352 bytes
