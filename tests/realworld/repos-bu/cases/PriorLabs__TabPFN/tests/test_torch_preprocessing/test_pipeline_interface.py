stub: upstream file of 16851 bytes
