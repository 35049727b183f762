stub: upstream file of 105150 bytes
