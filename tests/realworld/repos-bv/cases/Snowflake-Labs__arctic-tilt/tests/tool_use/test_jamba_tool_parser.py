stub: upstream file of 12516 bytes
