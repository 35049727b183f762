stub: upstream file of 11059 bytes
