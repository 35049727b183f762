stub: upstream file of 5753 bytes
