stub: upstream file of 41883 bytes
