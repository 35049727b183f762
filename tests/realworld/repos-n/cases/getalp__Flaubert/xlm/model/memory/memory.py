stub: upstream file of 33186 bytes
