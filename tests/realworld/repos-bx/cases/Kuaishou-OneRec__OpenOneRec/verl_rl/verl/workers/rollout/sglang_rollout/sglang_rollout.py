stub: upstream file of 65903 bytes
