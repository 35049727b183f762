stub: upstream file of 6805 bytes
