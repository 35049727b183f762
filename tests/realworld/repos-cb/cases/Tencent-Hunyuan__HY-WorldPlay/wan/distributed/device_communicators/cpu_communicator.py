stub: upstream file of 6195 bytes
