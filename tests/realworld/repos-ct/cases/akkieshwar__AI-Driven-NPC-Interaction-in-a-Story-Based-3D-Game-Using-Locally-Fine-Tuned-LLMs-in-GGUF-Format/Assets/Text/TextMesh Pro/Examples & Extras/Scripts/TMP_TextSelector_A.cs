stub: upstream file of 6825 bytes
