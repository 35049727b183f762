stub: upstream file of 33764 bytes
