stub: upstream file of 74603 bytes
