stub: upstream file of 24234 bytes
