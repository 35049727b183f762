stub: upstream file of 12291 bytes
