stub: upstream file of 3485 bytes
