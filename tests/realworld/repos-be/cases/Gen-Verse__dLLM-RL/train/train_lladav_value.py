stub: upstream file of 35275 bytes
