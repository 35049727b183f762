stub: upstream file of 77603 bytes
