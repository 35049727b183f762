stub: upstream file of 46764 bytes
