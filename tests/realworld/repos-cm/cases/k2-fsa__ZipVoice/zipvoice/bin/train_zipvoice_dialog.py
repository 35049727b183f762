stub: upstream file of 30558 bytes
