stub: upstream file of 21185 bytes
