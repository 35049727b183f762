stub: upstream file of 25672 bytes
