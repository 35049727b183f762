stub: upstream file of 14872 bytes
