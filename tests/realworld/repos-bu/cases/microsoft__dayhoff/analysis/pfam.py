stub: upstream file of 9556 bytes
