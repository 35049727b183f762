stub: upstream file of 22901 bytes
