stub: upstream file of 8825 bytes
