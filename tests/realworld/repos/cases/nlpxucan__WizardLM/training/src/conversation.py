stub: upstream file of 16671 bytes
