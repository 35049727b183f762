stub: upstream file of 15659 bytes
