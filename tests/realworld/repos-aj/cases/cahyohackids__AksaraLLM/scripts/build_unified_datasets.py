stub: upstream file of 26098 bytes
