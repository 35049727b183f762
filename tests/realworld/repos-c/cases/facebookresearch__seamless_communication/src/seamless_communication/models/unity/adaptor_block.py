stub: upstream file of 12731 bytes
