stub: upstream file of 6813 bytes
