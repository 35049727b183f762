stub: upstream file of 27603 bytes
