stub: upstream file of 27042 bytes
