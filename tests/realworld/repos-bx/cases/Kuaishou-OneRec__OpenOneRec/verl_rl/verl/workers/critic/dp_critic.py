stub: upstream file of 11992 bytes
