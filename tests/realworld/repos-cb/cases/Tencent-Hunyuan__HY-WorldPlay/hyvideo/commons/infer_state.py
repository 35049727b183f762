stub: upstream file of 3010 bytes
