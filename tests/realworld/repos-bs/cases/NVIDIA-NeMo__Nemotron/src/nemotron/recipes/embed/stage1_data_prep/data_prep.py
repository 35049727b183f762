stub: upstream file of 15682 bytes
