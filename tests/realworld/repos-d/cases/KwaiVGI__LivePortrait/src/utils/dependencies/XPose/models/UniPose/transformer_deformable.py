stub: upstream file of 27621 bytes
