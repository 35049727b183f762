stub: upstream file of 19796 bytes
