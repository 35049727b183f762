stub: upstream file of 15485 bytes
