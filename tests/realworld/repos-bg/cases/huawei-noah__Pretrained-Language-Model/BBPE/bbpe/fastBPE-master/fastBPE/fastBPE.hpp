stub: upstream file of 20938 bytes
