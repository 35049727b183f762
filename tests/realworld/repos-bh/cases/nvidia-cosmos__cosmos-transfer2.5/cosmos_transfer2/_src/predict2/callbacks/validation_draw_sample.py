stub: upstream file of 17560 bytes
