stub: upstream file of 26522 bytes
