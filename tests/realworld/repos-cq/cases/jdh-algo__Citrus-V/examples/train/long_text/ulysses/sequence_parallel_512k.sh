stub: upstream file of 851 bytes
