stub: upstream file of 8158 bytes
