stub: upstream file of 8922 bytes
