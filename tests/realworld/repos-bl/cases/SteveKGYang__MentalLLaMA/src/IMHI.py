stub: upstream file of 12845 bytes
