stub: upstream file of 16738 bytes
