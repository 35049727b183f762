stub: upstream file of 26549 bytes
