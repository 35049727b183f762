stub: upstream file of 6795 bytes
