stub: upstream file of 141234 bytes
