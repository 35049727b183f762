stub: upstream file of 53808 bytes
