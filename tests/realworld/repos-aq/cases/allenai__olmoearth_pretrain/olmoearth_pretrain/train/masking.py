stub: upstream file of 92872 bytes
