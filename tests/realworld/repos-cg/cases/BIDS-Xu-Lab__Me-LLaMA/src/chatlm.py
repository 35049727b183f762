stub: upstream file of 4735 bytes
