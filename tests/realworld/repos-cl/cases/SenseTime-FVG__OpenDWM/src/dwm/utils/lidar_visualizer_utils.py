stub: upstream file of 36154 bytes
