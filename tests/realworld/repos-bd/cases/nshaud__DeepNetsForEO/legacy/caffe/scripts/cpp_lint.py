stub: upstream file of 187450 bytes
