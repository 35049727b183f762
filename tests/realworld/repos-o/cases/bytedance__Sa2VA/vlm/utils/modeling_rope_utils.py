stub: upstream file of 28872 bytes
