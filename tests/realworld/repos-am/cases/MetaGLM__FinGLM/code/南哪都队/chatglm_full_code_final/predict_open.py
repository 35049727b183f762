stub: upstream file of 16758 bytes
