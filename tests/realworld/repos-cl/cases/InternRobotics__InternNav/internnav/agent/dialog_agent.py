stub: upstream file of 21186 bytes
