stub: upstream file of 12795 bytes
