stub: upstream file of 13228 bytes
