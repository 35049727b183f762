stub: upstream file of 44677 bytes
