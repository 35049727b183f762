stub: upstream file of 25918 bytes
