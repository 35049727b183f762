stub: upstream file of 37132 bytes
