stub: upstream file of 57022 bytes
