stub: upstream file of 7238 bytes
