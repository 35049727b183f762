stub: upstream file of 37222 bytes
