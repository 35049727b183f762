stub: upstream file of 229771 bytes
