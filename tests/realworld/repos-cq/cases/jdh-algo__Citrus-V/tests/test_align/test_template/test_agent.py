stub: upstream file of 12838 bytes
