stub: upstream file of 18158 bytes
