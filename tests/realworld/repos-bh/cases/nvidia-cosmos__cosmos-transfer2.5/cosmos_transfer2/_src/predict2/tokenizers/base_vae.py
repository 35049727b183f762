stub: upstream file of 17749 bytes
