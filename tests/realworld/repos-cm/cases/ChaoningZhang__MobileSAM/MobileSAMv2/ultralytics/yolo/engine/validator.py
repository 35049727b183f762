stub: upstream file of 12274 bytes
