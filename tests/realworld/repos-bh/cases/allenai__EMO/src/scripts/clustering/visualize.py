stub: upstream file of 24603 bytes
