stub: upstream file of 11284 bytes
