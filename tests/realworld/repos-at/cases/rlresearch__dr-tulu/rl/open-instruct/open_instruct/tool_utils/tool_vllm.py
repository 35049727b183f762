stub: upstream file of 26247 bytes
