stub: upstream file of 15220 bytes
