stub: upstream file of 9148 bytes
