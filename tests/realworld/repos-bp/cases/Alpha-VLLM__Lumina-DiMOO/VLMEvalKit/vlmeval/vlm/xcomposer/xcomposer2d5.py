stub: upstream file of 15883 bytes
