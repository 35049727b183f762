stub: upstream file of 13020 bytes
