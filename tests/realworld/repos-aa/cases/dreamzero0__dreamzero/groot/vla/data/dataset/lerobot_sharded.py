stub: upstream file of 69733 bytes
