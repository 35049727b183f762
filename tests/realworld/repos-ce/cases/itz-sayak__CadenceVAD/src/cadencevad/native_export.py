stub: upstream file of 12493 bytes
