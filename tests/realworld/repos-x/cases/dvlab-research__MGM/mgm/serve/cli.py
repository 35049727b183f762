stub: upstream file of 10797 bytes
