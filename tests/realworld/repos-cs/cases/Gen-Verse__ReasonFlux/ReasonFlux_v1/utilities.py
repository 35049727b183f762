stub: upstream file of 9116 bytes
