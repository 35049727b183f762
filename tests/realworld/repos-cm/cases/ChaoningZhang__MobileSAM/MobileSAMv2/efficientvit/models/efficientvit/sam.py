stub: upstream file of 5086 bytes
