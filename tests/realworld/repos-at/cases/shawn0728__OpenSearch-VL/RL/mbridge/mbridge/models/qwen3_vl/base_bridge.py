stub: upstream file of 17872 bytes
