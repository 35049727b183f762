stub: upstream file of 12126 bytes
