stub: upstream file of 35440 bytes
