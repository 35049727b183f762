stub: upstream file of 39519 bytes
