stub: upstream file of 29577 bytes
