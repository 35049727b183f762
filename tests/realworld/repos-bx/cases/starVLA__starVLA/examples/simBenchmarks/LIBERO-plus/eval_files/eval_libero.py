stub: upstream file of 12196 bytes
