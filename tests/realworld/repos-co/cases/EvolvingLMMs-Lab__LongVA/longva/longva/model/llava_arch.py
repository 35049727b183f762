stub: upstream file of 23746 bytes
