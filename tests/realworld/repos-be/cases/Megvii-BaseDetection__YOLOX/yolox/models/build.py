stub: upstream file of 4266 bytes
