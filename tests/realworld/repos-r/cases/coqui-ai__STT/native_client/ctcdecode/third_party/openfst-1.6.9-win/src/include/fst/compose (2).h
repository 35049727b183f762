stub: upstream file of 16805 bytes
