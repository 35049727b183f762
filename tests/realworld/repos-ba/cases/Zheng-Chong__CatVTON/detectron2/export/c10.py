stub: upstream file of 22192 bytes
