stub: upstream file of 694 bytes
