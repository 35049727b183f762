stub: upstream file of 7534 bytes
