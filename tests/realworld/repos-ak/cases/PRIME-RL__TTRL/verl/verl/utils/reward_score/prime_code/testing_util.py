stub: upstream file of 28174 bytes
