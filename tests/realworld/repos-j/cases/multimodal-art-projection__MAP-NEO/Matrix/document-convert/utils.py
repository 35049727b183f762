stub: upstream file of 51448 bytes
