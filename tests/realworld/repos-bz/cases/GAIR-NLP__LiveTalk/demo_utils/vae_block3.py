stub: upstream file of 11058 bytes
