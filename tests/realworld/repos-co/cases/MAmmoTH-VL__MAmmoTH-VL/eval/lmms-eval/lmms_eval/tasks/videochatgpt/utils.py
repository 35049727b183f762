stub: upstream file of 27210 bytes
