stub: upstream file of 25797 bytes
