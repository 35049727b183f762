stub: upstream file of 1139022 bytes
