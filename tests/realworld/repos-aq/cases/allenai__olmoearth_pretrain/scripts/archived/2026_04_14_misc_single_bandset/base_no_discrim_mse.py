stub: upstream file of 14201 bytes
