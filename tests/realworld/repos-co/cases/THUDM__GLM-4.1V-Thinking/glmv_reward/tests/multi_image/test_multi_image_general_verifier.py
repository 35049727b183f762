stub: upstream file of 30212 bytes
