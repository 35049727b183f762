stub: upstream file of 9350 bytes
