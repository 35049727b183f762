stub: upstream file of 11153 bytes
