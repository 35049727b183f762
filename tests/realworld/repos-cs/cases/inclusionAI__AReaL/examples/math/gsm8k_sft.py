stub: upstream file of 797 bytes
