stub: upstream file of 35879 bytes
