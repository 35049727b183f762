stub: upstream file of 15823 bytes
