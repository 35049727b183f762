stub: upstream file of 43610 bytes
