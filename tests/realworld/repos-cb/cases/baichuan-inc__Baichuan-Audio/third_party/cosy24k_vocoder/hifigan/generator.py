stub: upstream file of 17513 bytes
