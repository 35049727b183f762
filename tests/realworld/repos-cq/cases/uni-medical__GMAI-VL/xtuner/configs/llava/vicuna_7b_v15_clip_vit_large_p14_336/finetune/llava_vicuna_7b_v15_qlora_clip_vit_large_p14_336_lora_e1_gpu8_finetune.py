stub: upstream file of 7781 bytes
