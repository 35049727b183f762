stub: upstream file of 58840 bytes
