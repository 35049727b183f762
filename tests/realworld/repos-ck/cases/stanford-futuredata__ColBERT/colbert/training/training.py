stub: upstream file of 5797 bytes
