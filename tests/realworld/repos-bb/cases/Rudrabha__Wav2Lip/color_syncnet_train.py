stub: upstream file of 8771 bytes
