stub: upstream file of 28785 bytes
