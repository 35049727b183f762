stub: upstream file of 23660 bytes
