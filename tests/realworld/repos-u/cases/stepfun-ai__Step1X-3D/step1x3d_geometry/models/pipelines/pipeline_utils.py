stub: upstream file of 14805 bytes
