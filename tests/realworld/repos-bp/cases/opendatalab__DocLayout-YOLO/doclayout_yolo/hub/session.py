stub: upstream file of 14661 bytes
