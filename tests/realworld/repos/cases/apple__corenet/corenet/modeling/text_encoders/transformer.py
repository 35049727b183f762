stub: upstream file of 21659 bytes
