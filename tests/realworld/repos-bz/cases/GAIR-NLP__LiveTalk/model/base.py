stub: upstream file of 12135 bytes
