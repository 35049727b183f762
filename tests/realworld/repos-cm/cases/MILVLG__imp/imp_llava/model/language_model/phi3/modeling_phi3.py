stub: upstream file of 64235 bytes
