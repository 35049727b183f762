stub: upstream file of 6955 bytes
