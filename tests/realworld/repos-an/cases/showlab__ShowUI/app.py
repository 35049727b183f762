stub: upstream file of 11563 bytes
