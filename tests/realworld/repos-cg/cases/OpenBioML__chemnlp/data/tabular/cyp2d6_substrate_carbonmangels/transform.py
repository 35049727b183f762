stub: upstream file of 12667 bytes
