stub: upstream file of 12851 bytes
