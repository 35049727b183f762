stub: upstream file of 41238 bytes
