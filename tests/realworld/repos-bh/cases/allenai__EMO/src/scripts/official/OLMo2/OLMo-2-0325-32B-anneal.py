stub: upstream file of 9797 bytes
