stub: upstream file of 18603 bytes
