stub: upstream file of 15968 bytes
