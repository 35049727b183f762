stub: upstream file of 6378 bytes
