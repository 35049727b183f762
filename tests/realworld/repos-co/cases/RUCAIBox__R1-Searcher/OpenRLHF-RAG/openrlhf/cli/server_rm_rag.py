stub: upstream file of 8256 bytes
