stub: upstream file of 18794 bytes
