stub: upstream file of 52036 bytes
