stub: upstream file of 1535 bytes
