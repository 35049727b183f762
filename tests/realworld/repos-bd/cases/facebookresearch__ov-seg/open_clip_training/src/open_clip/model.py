stub: upstream file of 26560 bytes
