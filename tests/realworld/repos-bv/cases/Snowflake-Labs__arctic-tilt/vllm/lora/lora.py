stub: upstream file of 6222 bytes
