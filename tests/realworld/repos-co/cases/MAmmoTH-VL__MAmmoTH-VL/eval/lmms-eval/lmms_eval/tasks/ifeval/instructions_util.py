stub: upstream file of 26066 bytes
