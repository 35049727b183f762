stub: upstream file of 7797 bytes
