stub: upstream file of 28052 bytes
