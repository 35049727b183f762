stub: upstream file of 4932 bytes
