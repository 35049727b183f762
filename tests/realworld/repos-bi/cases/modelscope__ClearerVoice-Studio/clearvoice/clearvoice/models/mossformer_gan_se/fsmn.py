stub: upstream file of 3522 bytes
