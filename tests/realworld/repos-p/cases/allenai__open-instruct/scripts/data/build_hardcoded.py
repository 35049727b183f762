stub: upstream file of 13825 bytes
