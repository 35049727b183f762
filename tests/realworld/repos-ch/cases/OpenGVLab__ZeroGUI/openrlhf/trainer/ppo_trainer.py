stub: upstream file of 29560 bytes
