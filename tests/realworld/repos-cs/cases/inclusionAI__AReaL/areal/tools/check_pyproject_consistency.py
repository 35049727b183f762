stub: upstream file of 15681 bytes
