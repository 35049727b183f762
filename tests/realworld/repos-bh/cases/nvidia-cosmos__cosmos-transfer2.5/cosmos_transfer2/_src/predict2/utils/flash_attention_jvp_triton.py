stub: upstream file of 29797 bytes
