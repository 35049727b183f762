stub: upstream file of 30162 bytes
