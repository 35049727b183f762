stub: upstream file of 21652 bytes
