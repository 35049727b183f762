stub: upstream file of 9217 bytes
