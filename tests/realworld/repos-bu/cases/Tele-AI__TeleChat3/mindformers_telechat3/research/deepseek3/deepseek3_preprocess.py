stub: upstream file of 10598 bytes
