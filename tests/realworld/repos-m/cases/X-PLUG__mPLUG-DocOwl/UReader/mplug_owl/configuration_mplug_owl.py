stub: upstream file of 13132 bytes
