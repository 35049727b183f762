stub: upstream file of 26162 bytes
