stub: upstream file of 1779 bytes
