stub: upstream file of 4998 bytes
