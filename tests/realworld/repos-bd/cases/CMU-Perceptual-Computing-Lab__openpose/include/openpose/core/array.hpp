stub: upstream file of 21266 bytes
