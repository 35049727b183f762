stub: upstream file of 3471 bytes
