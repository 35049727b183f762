stub: upstream file of 96408 bytes
