stub: upstream file of 30066 bytes
