stub: upstream file of 7577 bytes
