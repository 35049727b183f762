stub: upstream file of 12911 bytes
