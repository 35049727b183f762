stub: upstream file of 1820190 bytes
