stub: upstream file of 30896 bytes
