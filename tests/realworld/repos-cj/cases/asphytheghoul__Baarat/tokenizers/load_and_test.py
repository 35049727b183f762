stub: upstream file of 1077 bytes
