stub: upstream file of 33114 bytes
