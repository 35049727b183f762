stub: upstream file of 25211 bytes
