stub: upstream file of 26117 bytes
