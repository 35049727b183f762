stub: upstream file of 33771 bytes
