stub: upstream file of 12485 bytes
