stub: upstream file of 85764 bytes
