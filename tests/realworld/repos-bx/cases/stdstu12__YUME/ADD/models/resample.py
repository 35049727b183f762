stub: upstream file of 5943 bytes
