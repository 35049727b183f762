stub: upstream file of 54169 bytes
