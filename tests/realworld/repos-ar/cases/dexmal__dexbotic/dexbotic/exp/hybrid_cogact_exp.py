stub: upstream file of 9795 bytes
