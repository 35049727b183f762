stub: upstream file of 97481 bytes
