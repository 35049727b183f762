stub: upstream file of 18211 bytes
