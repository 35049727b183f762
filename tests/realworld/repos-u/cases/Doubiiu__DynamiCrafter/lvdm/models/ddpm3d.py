stub: upstream file of 58021 bytes
