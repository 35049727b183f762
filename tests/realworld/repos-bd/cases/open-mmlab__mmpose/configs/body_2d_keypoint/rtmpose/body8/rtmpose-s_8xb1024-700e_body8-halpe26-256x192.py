stub: upstream file of 13686 bytes
