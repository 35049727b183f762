stub: upstream file of 20603 bytes
