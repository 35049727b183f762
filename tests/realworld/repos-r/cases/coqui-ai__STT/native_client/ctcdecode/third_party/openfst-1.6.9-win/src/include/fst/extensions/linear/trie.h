stub: upstream file of 12984 bytes
