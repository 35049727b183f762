stub: upstream file of 1766 bytes
