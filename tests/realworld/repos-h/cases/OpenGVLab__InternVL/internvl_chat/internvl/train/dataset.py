stub: upstream file of 33577 bytes
