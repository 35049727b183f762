stub: upstream file of 65146 bytes
