stub: upstream file of 21827 bytes
