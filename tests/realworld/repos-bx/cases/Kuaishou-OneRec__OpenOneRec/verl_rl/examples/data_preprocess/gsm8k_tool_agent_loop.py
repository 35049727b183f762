stub: upstream file of 4320 bytes
