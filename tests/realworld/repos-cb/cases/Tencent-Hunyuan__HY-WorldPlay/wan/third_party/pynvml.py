stub: upstream file of 228482 bytes
