stub: upstream file of 26360 bytes
