stub: upstream file of 10815 bytes
