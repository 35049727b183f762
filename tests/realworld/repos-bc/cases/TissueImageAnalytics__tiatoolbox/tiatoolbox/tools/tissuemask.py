stub: upstream file of 10723 bytes
