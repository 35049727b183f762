stub: upstream file of 18278 bytes
