stub: upstream file of 12318 bytes
