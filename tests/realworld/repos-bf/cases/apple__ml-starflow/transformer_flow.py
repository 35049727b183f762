stub: upstream file of 59288 bytes
