stub: upstream file of 12017 bytes
