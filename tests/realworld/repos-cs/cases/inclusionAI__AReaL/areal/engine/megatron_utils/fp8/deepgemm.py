stub: upstream file of 2825 bytes
