stub: upstream file of 22677 bytes
