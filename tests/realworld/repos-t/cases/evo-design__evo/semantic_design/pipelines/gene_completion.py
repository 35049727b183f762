stub: upstream file of 26014 bytes
