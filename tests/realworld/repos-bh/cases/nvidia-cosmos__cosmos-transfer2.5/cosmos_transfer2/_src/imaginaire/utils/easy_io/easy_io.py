stub: upstream file of 37344 bytes
