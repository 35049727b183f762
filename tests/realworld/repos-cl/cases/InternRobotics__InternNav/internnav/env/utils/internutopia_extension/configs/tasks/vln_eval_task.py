stub: upstream file of 485 bytes
