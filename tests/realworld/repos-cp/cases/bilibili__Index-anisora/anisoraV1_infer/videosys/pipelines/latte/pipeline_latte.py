stub: upstream file of 43733 bytes
