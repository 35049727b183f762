stub: upstream file of 55285 bytes
