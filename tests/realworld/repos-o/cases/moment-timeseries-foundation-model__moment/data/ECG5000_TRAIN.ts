stub: upstream file of 786781 bytes
