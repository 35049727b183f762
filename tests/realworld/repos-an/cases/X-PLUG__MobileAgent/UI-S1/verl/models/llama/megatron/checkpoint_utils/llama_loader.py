stub: upstream file of 13647 bytes
