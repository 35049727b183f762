stub: upstream file of 17207 bytes
