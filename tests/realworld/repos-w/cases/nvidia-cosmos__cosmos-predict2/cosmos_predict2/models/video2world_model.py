stub: upstream file of 26527 bytes
