stub: upstream file of 54694 bytes
