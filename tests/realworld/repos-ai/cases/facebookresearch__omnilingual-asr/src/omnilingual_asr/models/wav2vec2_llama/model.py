stub: upstream file of 48350 bytes
