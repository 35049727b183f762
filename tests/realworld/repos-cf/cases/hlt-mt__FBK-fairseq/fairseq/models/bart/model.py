stub: upstream file of 15516 bytes
