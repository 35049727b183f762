stub: upstream file of 13843 bytes
