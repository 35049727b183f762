stub: upstream file of 1027 bytes
