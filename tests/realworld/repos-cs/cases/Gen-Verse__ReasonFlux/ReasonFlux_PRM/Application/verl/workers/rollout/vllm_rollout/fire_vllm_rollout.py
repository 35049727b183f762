stub: upstream file of 9796 bytes
