stub: upstream file of 735 bytes
