stub: upstream file of 48111 bytes
