stub: upstream file of 23800 bytes
