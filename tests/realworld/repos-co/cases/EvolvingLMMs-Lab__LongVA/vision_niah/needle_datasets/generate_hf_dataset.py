stub: upstream file of 4797 bytes
