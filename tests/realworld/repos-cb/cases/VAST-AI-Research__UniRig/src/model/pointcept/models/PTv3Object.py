stub: upstream file of 23148 bytes
