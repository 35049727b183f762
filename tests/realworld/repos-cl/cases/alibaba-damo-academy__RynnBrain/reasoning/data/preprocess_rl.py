stub: upstream file of 15743 bytes
