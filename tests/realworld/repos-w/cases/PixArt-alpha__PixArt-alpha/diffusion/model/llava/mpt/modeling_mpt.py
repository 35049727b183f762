stub: upstream file of 18260 bytes
