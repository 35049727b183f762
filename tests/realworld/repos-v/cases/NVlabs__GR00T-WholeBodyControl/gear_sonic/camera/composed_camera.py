stub: upstream file of 26216 bytes
