stub: upstream file of 36739 bytes
