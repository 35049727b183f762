stub: upstream file of 63577 bytes
