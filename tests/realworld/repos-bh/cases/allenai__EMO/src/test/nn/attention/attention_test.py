stub: upstream file of 48508 bytes
