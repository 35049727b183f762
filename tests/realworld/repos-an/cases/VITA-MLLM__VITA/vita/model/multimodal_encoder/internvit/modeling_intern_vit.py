stub: upstream file of 15135 bytes
