stub: upstream file of 9758 bytes
