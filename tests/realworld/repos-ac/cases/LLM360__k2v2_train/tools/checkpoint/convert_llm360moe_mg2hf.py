stub: upstream file of 22766 bytes
