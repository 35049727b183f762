stub: upstream file of 27409 bytes
