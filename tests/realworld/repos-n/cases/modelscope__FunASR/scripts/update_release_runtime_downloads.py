stub: upstream file of 12969 bytes
