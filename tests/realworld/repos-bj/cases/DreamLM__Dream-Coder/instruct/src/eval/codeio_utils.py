stub: upstream file of 5758 bytes
