stub: upstream file of 15506 bytes
