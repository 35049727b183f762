stub: upstream file of 1814 bytes
