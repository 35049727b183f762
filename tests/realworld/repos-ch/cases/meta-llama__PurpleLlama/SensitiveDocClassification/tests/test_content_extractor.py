stub: upstream file of 8672 bytes
