stub: upstream file of 57521 bytes
