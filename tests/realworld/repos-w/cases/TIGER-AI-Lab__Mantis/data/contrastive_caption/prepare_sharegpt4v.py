stub: upstream file of 13120 bytes
