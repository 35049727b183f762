stub: upstream file of 11851 bytes
