stub: upstream file of 22819 bytes
