stub: upstream file of 17601 bytes
