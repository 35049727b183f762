stub: upstream file of 26427 bytes
