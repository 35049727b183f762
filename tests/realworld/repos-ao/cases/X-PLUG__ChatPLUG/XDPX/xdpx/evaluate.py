stub: upstream file of 13389 bytes
