stub: upstream file of 10816 bytes
