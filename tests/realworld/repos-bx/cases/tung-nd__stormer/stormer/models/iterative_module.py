stub: upstream file of 11265 bytes
