stub: upstream file of 16795 bytes
