stub: upstream file of 14308 bytes
