stub: upstream file of 17185 bytes
