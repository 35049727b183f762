stub: upstream file of 13560 bytes
