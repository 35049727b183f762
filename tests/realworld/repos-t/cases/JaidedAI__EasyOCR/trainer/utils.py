stub: upstream file of 14518 bytes
