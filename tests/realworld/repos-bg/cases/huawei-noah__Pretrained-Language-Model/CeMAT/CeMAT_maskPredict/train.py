stub: upstream file of 14784 bytes
