stub: upstream file of 4543 bytes
