stub: upstream file of 6163 bytes
