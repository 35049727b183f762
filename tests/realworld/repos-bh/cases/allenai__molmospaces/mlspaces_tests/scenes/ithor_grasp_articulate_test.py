stub: upstream file of 26508 bytes
