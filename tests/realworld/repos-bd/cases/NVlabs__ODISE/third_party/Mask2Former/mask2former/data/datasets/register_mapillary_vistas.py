stub: upstream file of 13018 bytes
