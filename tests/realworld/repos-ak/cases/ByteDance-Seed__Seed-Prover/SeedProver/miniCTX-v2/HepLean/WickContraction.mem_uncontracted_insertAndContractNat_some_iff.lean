stub: upstream file of 14485 bytes
