stub: upstream file of 21156 bytes
