stub: upstream file of 126930 bytes
