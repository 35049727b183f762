stub: upstream file of 16266 bytes
