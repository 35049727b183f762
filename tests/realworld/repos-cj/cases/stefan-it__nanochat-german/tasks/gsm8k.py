stub: upstream file of 4872 bytes
