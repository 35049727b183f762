stub: upstream file of 41020 bytes
