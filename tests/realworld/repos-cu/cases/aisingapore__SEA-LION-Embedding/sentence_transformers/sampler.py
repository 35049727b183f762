stub: upstream file of 15074 bytes
