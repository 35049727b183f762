stub: upstream file of 40825 bytes
