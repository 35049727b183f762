stub: upstream file of 935365 bytes
