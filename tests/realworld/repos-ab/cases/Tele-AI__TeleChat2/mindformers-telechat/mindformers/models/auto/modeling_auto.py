stub: upstream file of 11767 bytes
