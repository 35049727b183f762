stub: upstream file of 12722 bytes
