stub: upstream file of 26997 bytes
