stub: upstream file of 15277 bytes
