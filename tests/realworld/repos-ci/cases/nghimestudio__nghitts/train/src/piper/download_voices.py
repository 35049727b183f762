stub: upstream file of 4427 bytes
