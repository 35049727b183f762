stub: upstream file of 7858 bytes
