stub: upstream file of 21939 bytes
