stub: upstream file of 72642 bytes
