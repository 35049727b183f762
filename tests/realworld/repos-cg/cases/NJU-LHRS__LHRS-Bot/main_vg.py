stub: upstream file of 10987 bytes
