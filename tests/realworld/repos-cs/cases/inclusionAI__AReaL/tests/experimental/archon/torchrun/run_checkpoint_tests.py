stub: upstream file of 48903 bytes
