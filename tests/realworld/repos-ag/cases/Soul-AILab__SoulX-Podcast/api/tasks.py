stub: upstream file of 6872 bytes
