stub: upstream file of 70677 bytes
