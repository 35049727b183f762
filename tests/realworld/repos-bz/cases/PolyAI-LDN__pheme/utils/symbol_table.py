stub: upstream file of 9159 bytes
