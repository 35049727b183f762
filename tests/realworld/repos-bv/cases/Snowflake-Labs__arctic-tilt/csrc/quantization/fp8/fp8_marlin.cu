stub: upstream file of 51269 bytes
