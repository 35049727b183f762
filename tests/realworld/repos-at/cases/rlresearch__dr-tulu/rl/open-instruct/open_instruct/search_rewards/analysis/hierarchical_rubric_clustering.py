stub: upstream file of 46260 bytes
