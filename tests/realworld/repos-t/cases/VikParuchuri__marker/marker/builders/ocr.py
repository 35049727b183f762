stub: upstream file of 14409 bytes
