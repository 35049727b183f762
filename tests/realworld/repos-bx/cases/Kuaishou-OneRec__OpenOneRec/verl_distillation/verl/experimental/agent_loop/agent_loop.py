stub: upstream file of 37493 bytes
