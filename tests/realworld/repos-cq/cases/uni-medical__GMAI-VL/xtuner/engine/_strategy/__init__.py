stub: upstream file of 122 bytes
