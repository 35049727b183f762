stub: upstream file of 18797 bytes
