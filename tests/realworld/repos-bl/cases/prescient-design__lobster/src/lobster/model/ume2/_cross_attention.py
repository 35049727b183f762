stub: upstream file of 13681 bytes
