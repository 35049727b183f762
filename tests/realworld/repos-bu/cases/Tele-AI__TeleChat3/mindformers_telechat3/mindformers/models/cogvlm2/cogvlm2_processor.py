stub: upstream file of 16016 bytes
