stub: upstream file of 12766 bytes
