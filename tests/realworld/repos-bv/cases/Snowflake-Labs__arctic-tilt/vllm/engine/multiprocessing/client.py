stub: upstream file of 30216 bytes
