stub: upstream file of 3797 bytes
