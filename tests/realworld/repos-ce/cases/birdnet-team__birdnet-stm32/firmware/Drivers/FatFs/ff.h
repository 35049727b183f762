stub: upstream file of 16022 bytes
