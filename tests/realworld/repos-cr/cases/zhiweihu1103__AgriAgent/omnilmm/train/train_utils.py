stub: upstream file of 5722 bytes
