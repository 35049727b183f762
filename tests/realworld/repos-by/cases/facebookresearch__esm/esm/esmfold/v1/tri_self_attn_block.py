stub: upstream file of 6203 bytes
