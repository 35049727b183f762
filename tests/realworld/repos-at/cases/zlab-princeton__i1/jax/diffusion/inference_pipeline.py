stub: upstream file of 18825 bytes
