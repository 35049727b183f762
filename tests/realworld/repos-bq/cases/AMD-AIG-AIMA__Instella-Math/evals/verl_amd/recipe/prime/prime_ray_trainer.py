stub: upstream file of 26167 bytes
