stub: upstream file of 6160 bytes
