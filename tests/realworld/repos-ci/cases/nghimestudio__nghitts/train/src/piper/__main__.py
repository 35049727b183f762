stub: upstream file of 7485 bytes
