stub: upstream file of 12951 bytes
