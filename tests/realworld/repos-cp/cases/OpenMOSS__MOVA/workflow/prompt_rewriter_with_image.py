stub: upstream file of 31178 bytes
