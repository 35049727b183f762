stub: upstream file of 29909 bytes
