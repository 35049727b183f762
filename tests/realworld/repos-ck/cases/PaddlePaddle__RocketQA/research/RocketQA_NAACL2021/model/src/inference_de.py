stub: upstream file of 4126 bytes
