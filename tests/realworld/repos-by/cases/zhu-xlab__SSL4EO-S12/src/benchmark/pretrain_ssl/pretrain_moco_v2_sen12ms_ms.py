stub: upstream file of 22701 bytes
