stub: upstream file of 51816 bytes
