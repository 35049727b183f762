stub: upstream file of 31285 bytes
