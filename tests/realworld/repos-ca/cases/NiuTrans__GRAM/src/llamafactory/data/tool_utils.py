stub: upstream file of 11556 bytes
