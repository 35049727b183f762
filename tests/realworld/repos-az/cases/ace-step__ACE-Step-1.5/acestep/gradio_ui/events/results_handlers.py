stub: upstream file of 105825 bytes
