stub: upstream file of 12905 bytes
