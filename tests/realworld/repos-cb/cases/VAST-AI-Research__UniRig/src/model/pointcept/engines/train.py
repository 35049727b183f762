stub: upstream file of 21020 bytes
