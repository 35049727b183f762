stub: upstream file of 720 bytes
