stub: upstream file of 24289 bytes
