stub: upstream file of 24805 bytes
