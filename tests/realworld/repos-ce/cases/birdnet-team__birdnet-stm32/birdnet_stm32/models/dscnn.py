stub: upstream file of 10090 bytes
