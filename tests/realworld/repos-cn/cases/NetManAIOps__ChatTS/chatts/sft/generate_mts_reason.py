stub: upstream file of 24270 bytes
