stub: upstream file of 56944 bytes
