stub: upstream file of 11295 bytes
