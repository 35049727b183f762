stub: upstream file of 30800 bytes
