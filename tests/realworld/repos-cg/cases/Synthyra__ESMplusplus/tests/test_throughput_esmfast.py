stub: upstream file of 5485 bytes
