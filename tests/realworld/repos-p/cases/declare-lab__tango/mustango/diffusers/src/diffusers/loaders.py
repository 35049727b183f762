stub: upstream file of 26309 bytes
