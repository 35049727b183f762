stub: upstream file of 50677 bytes
