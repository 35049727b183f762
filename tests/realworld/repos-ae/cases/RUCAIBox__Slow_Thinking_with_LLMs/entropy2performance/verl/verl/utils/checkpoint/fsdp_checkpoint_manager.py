stub: upstream file of 7840 bytes
