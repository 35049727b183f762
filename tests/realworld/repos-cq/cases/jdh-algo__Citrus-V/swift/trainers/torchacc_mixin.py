stub: upstream file of 6758 bytes
