stub: upstream file of 26011 bytes
