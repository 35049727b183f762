stub: upstream file of 4153 bytes
