stub: upstream file of 96810 bytes
