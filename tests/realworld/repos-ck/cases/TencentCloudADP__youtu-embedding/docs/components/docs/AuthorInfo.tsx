stub: upstream file of 1825 bytes
