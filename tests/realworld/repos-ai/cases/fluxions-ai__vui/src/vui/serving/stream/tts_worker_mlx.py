stub: upstream file of 33825 bytes
