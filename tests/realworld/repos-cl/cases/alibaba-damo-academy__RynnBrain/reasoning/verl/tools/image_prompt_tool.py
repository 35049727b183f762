stub: upstream file of 24142 bytes
