stub: upstream file of 70125 bytes
