stub: upstream file of 11164 bytes
