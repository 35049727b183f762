stub: upstream file of 19285 bytes
