stub: upstream file of 25238 bytes
