stub: upstream file of 6116 bytes
