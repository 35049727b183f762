stub: upstream file of 41012 bytes
