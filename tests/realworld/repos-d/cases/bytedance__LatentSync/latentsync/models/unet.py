stub: upstream file of 22073 bytes
