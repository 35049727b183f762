stub: upstream file of 5677 bytes
