stub: upstream file of 2753 bytes
