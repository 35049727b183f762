stub: upstream file of 12494 bytes
