stub: upstream file of 16861 bytes
