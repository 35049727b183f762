stub: upstream file of 1725701 bytes
