stub: upstream file of 12125 bytes
