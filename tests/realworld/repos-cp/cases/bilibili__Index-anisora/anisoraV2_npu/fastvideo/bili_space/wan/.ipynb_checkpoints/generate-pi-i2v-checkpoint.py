stub: upstream file of 17137 bytes
