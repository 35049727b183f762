stub: upstream file of 24317 bytes
