stub: upstream file of 10995 bytes
