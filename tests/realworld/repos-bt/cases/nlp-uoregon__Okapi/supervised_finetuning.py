stub: upstream file of 7036 bytes
