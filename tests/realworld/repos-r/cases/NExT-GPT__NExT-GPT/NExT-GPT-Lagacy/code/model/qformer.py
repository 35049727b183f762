stub: upstream file of 48450 bytes
