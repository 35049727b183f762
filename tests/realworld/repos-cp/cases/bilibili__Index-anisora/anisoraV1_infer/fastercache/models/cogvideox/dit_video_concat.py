stub: upstream file of 31485 bytes
