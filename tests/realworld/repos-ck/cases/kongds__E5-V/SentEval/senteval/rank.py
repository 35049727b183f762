stub: upstream file of 4643 bytes
